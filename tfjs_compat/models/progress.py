"""fit's ``verbose`` output, on stderr only (stdout stays what TF.js prints: nothing).

verbose 1: one progress bar over the epochs (tqdm when installed, else a one-line
fallback redrawn in place), its loss refreshed at most every 0.1 s; verbose 2: one line
per epoch. Values are read from the device only when they are shown.
"""
import sys
import time

from .callbacks import BaseCallback, resolve_logs

_REFRESH_S = 0.1


def _fmt(logs):
    return " ".join(f"{k}={v:.4g}" for k, v in logs.items())


class ProgressLogger(BaseCallback):
    """Progress of fit on stderr (verbose 1: a bar over epochs; 2: a line per epoch).

    Differences from TF.js: plain TF.js prints nothing for any verbose level (tfjs-node
    prints a bar per epoch on stdout); this logger writes only to stderr.
    """

    logs_as = "any"

    def __init__(self, verbose, stream=None):
        super().__init__()
        self.verbose = verbose
        self.stream = stream or sys.stderr
        self._bar, self._last, self._t0 = None, 0.0, 0.0

    def onTrainBegin(self, logs=None):  # noqa: N802
        self._t0 = time.perf_counter()
        epochs, first = self.params["epochs"], self.params["initialEpoch"] or 0
        if self.verbose == 1:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                tqdm = None
            total = max(epochs - first, 0)
            self._bar = (tqdm(total=total, unit="epoch", file=self.stream, leave=True)
                         if tqdm is not None else _LineBar(total, self.stream))

    def onEpochBegin(self, epoch, logs=None):  # noqa: N802
        self._epoch_t0 = time.perf_counter()

    def onEpochEnd(self, epoch, logs=None):  # noqa: N802
        now = time.perf_counter()
        if self.verbose == 2:
            shown = resolve_logs(dict(logs or {}))
            self.stream.write(f"Epoch {epoch + 1} / {self.params['epochs']} "
                              f"{(now - self._epoch_t0) * 1000:.0f}ms {_fmt(shown)}\n")
            return
        if self._bar is None:
            return
        self._bar.update(1)
        if now - self._last >= _REFRESH_S or epoch + 1 >= self.params["epochs"]:
            self._last = now
            self._bar.set_postfix_str(_fmt(resolve_logs(dict(logs or {}))), refresh=True)

    def onTrainEnd(self, logs=None):  # noqa: N802
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class _LineBar:
    """A minimal stand-in for tqdm: ``epochs k/N [####....] postfix`` redrawn in place."""

    def __init__(self, total, stream):
        self.total, self.n, self.stream, self.postfix = total, 0, stream, ""
        self._width = 0

    def update(self, k):
        self.n += k

    def set_postfix_str(self, text, refresh=True):
        self.postfix = text
        if refresh:
            self._draw()

    def _draw(self):
        width = 20
        done = int(width * self.n / self.total) if self.total else width
        line = f"{self.n}/{self.total} epochs [{'#' * done}{'.' * (width - done)}] {self.postfix}"
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        self.stream.flush()

    def close(self):
        self.stream.write("\n")
        self.stream.flush()
