"""``tf.data.csv``: rows of a local CSV file as dicts, streamed line by line.

Parsing follows TF.js's CSVDataset: lines split on ``\\n`` (a trailing ``\\r`` is
dropped), fields split on the delimiter outside double quotes (quotes are removed from
a quoted field, doubled quotes inside it are kept as they are), numbers parsed with JS
``Number()`` rules, empty fields become ``None`` (or the column's ``default``), and
columns marked ``isLabel`` go to ``ys`` with the rest in ``xs``.
"""
import math
import re
import urllib.request

from .. import _options
from .._jsobject import AwaitableList
from ..errors import TFJSValueError
from ._iterators import DONE, LazyIterator, MapIterator, SkipIterator
from .dataset import Dataset

_CSV_DEFAULTS = {"has_header": True, "column_names": None, "column_configs": None,
                 "configured_columns_only": False, "delimiter": None,
                 "delim_whitespace": False}
_COLUMN_DEFAULTS = {"required": False, "dtype": None, "default": None, "is_label": False}
_NO_DEFAULT = object()
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_RADIX = re.compile(r"0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_JS_SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
            "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def js_number(text):
    """JS ``Number(text)`` for a string: a float (NaN when it is not a number)."""
    s = text.strip(_JS_SPACE)
    if s == "":
        return 0.0
    if _DECIMAL.fullmatch(s):
        return float(s)
    if _RADIX.fullmatch(s):
        return float(int(s, 0))
    if s in ("Infinity", "+Infinity", "-Infinity"):
        return -math.inf if s[0] == "-" else math.inf
    return math.nan


def _number_value(x):
    """A JS number as Python: an int when it is integral, else a float."""
    if math.isfinite(x) and x == int(x) and not (x == 0 and math.copysign(1, x) < 0):
        return int(x)
    return x


class _LineIterator(LazyIterator):
    """The lines of a local file (or URL), without their line endings."""

    def __init__(self, source):
        self.file = _open(source)

    def pull(self):
        if self.file is None:
            return DONE
        raw = self.file.readline()
        if not raw:
            self.file.close()
            self.file = None
            return DONE
        line = raw.decode("utf-8", errors="replace")
        if line.endswith("\n"):
            line = line[:-1]
        return line[:-1] if line.endswith("\r") else line


def _open(source):
    if source.startswith("file://"):
        return open(source[7:], "rb")
    if source.startswith(("http://", "https://")):
        return urllib.request.urlopen(source)  # noqa: S310 - user-given URL
    return open(source, "rb")


def parse_row(line, delimiter, whitespace=False):
    """Split one CSV line into field strings (TF.js CSVDataset.parseRow)."""
    if '"' not in line and len(delimiter) == 1 and not whitespace:
        return line.split(delimiter)
    out, start, state = [], 0, "out"
    for i, ch in enumerate(line):
        if state == "out":
            if ch == '"':
                start, state = i + 1, "quote"
            elif ch == delimiter:
                start = i + 1
                if not (whitespace and delimiter == " "):
                    out.append("")
            else:
                start, state = i, "field"
        elif state == "field" and ch == delimiter:
            out.append(line[start:i])
            start, state = i + 1, "out"
        elif state == "quote" and ch == '"':
            state = "after_quote"
        elif state == "after_quote":
            if ch == delimiter:
                out.append(line[start:i - 1])
                start, state = i + 1, "out"
            else:
                state = "quote" if ch == '"' else "quote_in_quote"
        elif state == "quote_in_quote" and ch == '"':
            state = "quote"
    out.append(line[start:-1] if state == "after_quote" else line[start:])
    return out


class CSVDataset(Dataset):
    """TF.js ``tf.data.CSVDataset``: made by :func:`csv`; elements are dicts keyed by
    column name, or ``{'xs': features, 'ys': labels}`` when a column is a label."""

    def __init__(self, source, has_header=True, column_names=None, column_configs=None,
                 configured_columns_only=False, delimiter=None, delim_whitespace=False):
        super().__init__(None, None)
        self.source = source
        self.hasHeader = has_header is not False
        self.fullColumnNames = list(column_names) if column_names is not None else None
        self.columnConfigs = None if column_configs is None else {
            k: _options.parse(v, {}, _COLUMN_DEFAULTS, "columnConfigs") | (
                {"default": v.get("default", _NO_DEFAULT)} if isinstance(v, dict) else {})
            for k, v in column_configs.items()}
        self.configuredColumnsOnly = bool(configured_columns_only)
        if delim_whitespace:
            if delimiter is not None:
                raise TFJSValueError("Delimiter should not be provided when "
                                     "delimWhitespace is true.")
            self.delimiter, self.delimWhitespace = " ", True
        else:
            self.delimiter, self.delimWhitespace = delimiter or ",", False
        self._validated = False

    def columnNames(self):  # noqa: N802 - TF.js name
        """The column names (awaitable). TF.js: ``await csvDataset.columnNames()``."""
        self._set_column_names()
        if self.configuredColumnsOnly:
            return AwaitableList(list(self.columnConfigs or {}))
        return AwaitableList(list(self.fullColumnNames))

    def _set_column_names(self):
        if self._validated:
            return
        from_file = self._header() if self.hasHeader else None
        if self.fullColumnNames is None and from_file is None:
            raise TFJSValueError("Column names must be provided if there is no header line.")
        if self.fullColumnNames is not None and from_file is not None and \
                len(from_file) != len(self.fullColumnNames):
            raise TFJSValueError(
                f"The length of provided columnNames ({len(self.fullColumnNames)}) does not "
                f"match the length of the header line read from file ({len(from_file)}).")
        if self.fullColumnNames is None:
            self.fullColumnNames = from_file
        seen = {}
        for name in self.fullColumnNames:
            seen[name] = seen.get(name, 0) + 1
        dup = [n for n, c in seen.items() if c > 1]
        if dup:
            raise TFJSValueError("Duplicate column names found: " + ",".join(dup))
        for key in self.columnConfigs or {}:
            if key not in self.fullColumnNames:
                raise TFJSValueError(
                    f'The key "{key}" provided in columnConfigs does not match any of the '
                    f"column names ({','.join(self.fullColumnNames)}).")
        self._validated = True

    def _header(self):
        lines = _LineIterator(self.source)
        first = lines.pull()
        if lines.file is not None:
            lines.file.close()
        if first is DONE:
            raise TFJSValueError("No data was found for CSV parsing.")
        return parse_row(first, self.delimiter, self.delimWhitespace)

    def iterator(self):
        """A new iterator over the parsed rows. TF.js: ``csvDataset.iterator()``."""
        self._set_column_names()
        lines = _LineIterator(self.source)
        if self.hasHeader:
            lines = SkipIterator(lines, 1)
        return MapIterator(lines, self._element)

    def _element(self, line):
        values = parse_row(line, self.delimiter, self.delimWhitespace)
        if len(values) != len(self.fullColumnNames):
            raise TFJSValueError(
                f"Invalid row in csv file. Should have {len(self.fullColumnNames)} elements "
                f"in a row, but got {','.join(values)}")
        features, labels = {}, {}
        for key, value in zip(self.fullColumnNames, values):
            config = (self.columnConfigs or {}).get(key)
            if self.configuredColumnsOnly and not config:
                continue
            parsed = self._parse(key, value, config, line)
            (labels if config and config["is_label"] else features)[key] = parsed
        return {"xs": features, "ys": labels} if labels else features

    @staticmethod
    def _parse(key, value, config, line):
        if value == "":
            if config and config["default"] is not _NO_DEFAULT:
                return config["default"]
            if config and (config["required"] or config["is_label"]):
                raise TFJSValueError(f"Required column {key} is empty in this line: {line}")
            return None
        number = js_number(value)
        dtype = config["dtype"] if config else None
        if math.isnan(number):
            return _boolean(value) if dtype == "bool" else value
        if dtype == "int32":
            return math.floor(number) if math.isfinite(number) else number
        if dtype == "bool":
            return _boolean(value)
        return _number_value(number)


def _boolean(value):
    return 1 if value == "1" or value.lower() == "true" else 0


def csv(source, csvConfig=None, /, **kwargs):  # noqa: N803 - TF.js name
    """A dataset of the rows of a CSV file. TF.js: ``tf.data.csv(source, csvConfig)``.

    Args:
        source: ``'file://<path>'``, a plain local path, or an http(s) URL.
        csvConfig: ``hasHeader`` (default true), ``columnNames``, ``columnConfigs``
            (per column: ``required``, ``dtype`` ('float32' | 'int32' | 'bool'),
            ``default``, ``isLabel``), ``configuredColumnsOnly``, ``delimiter``
            (default ','), ``delimWhitespace``.

    Returns:
        A :class:`CSVDataset` (size unknown); rows are read lazily, one line at a time.

    Differences from TF.js: a plain path is read from the local disk (TF.js in Node
    would fetch it as a URL), and the file is streamed rather than read whole.
    """
    opts = _options.parse(csvConfig, kwargs, _CSV_DEFAULTS, "tf.data.csv")
    return CSVDataset(source, **opts)
