"""Running fixture cases (recorded from real TF.js by tools/gen_fixtures.py) in Python
and comparing outcomes. One place for the comparison rules:

* ints, bools and strings match exactly; printed text matches byte for byte;
* float32 values match within the case's ``tol`` (default 1e-6 relative, 1e-7
  absolute: creation and printing are exact, math ops are float32-close);
* NaN equals NaN; +-Infinity must match in sign; -0 equals 0;
* an expected error must be raised with exactly TF.js's message.
"""
import asyncio
import contextlib
import io
import json
import math
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np

import tfjs_compat as tf

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEFAULT_RTOL = 1e-6
DEFAULT_ATOL = 1e-7


def families():
    return sorted(p.stem for p in FIXTURES.glob("*.json"))


def load(family):
    return json.loads((FIXTURES / f"{family}.json").read_text())["cases"]


def all_cases():
    """(family, case) pairs for pytest parametrization."""
    return [(f, c) for f in families() for c in load(f)]


def namespace():
    return {"tf": tf, "np": np, "NaN": math.nan, "Infinity": math.inf, "math": math,
            "Math": _Math, "console": _Console, "JSON": _JSON}


def js_str(v):
    """JS String(v) for the primitives snippets print."""
    from tfjs_compat.format import js_number
    if v is None:
        return "null"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, float, np.integer, np.floating)):
        return js_number(float(v))
    if isinstance(v, (list, tuple, dict)):
        return _JSON.stringify(v)
    return str(v)


class _Console:
    """console.log of primitives and strings, as Node prints them."""

    @staticmethod
    def log(*args):
        print(" ".join(js_str(a) for a in args))


class _JSON:
    """JSON.stringify with JS number formatting and no spaces."""

    @staticmethod
    def stringify(v):
        from tfjs_compat.format import js_number
        if hasattr(v, "_resolve"):
            v = v._resolve()
        if isinstance(v, np.ndarray):
            v = v.tolist()
        if v is None:
            return "null"
        if isinstance(v, (bool, np.bool_)):
            return "true" if v else "false"
        if isinstance(v, (int, float, np.integer, np.floating)):
            f = float(v)
            return js_number(f) if math.isfinite(f) else "null"
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, dict):
            return "{" + ",".join(f"{json.dumps(str(k))}:{_JSON.stringify(x)}"
                                  for k, x in v.items()) + "}"
        if isinstance(v, (list, tuple)):
            return "[" + ",".join(_JSON.stringify(x) for x in v) + "]"
        return json.dumps(str(v))


class _Math:
    PI = math.pi
    E = math.e
    sqrt = staticmethod(math.sqrt)
    exp = staticmethod(math.exp)
    log = staticmethod(math.log)
    abs = staticmethod(abs)
    max = staticmethod(max)
    min = staticmethod(min)


def run_py(code):
    """Run a case's Python port; returns (value, stdout, exception)."""
    ns = namespace()
    src = "async def _case():\n" + textwrap.indent(code or "pass", "    ")
    exec(compile(src, "<case>", "exec"), ns)
    out = io.StringIO()
    value, exc = None, None
    with contextlib.redirect_stdout(out):
        try:
            value = asyncio.run(ns["_case"]())
        except Exception as e:  # noqa: BLE001 - compared with the recorded error
            exc = e
    return value, out.getvalue(), exc


FRESH_RUNNER = r"""
import json, sys
sys.path.insert(0, {tests!r})
import golden
value, out, exc = golden.run_py({code!r})
sys.stdout.write(json.dumps({{"stdout": out, "error": None if exc is None else str(exc),
                              "value": golden.to_jsonable(value)}}))
"""


def run_fresh(code):
    """Run a case in a new Python process (fresh ids, counters, backend)."""
    src = FRESH_RUNNER.format(tests=str(Path(__file__).resolve().parent), code=code)
    proc = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True,
                          timeout=120)
    if proc.returncode != 0:
        raise AssertionError(proc.stderr)
    res = json.loads(proc.stdout)
    return res


def to_jsonable(v):
    """A Python outcome in the fixture's JSON shape (for fresh-process cases)."""
    if isinstance(v, tf.Tensor):
        if v.isDisposed:
            return {"$tensor": {"disposed": True, "shape": v.shape, "dtype": v.dtype}}
        vals = v.dataSync()
        vals = list(vals) if v.dtype == "string" else [_num(x) for x in vals.tolist()]
        return {"$tensor": {"dtype": v.dtype, "shape": v.shape, "values": vals}}
    if isinstance(v, np.ndarray):
        return {"$ndarray": str(v.dtype), "values": [_num(x) for x in v.tolist()]}
    if isinstance(v, dict):
        return {"$object": {k: to_jsonable(x) for k, x in v.items()}}
    if isinstance(v, (list, tuple)):
        return [to_jsonable(x) for x in v]
    if isinstance(v, float):
        return _num(v)
    if hasattr(v, "_resolve"):
        return to_jsonable(v._resolve())
    return v


def _num(x):
    if isinstance(x, float) and not math.isfinite(x):
        return {"$num": "NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity")}
    return x


def _decode(x):
    if isinstance(x, dict) and "$num" in x:
        return float(x["$num"].replace("Infinity", "inf"))
    return x


def close(expected, actual, rtol, atol, where):
    e, a = float(_decode(expected)), float(_decode(actual))
    if math.isnan(e) or math.isnan(a):
        assert math.isnan(e) and math.isnan(a), f"{where}: expected {e}, got {a}"
    elif math.isinf(e) or math.isinf(a):
        assert e == a, f"{where}: expected {e}, got {a}"
    else:
        assert abs(e - a) <= atol + rtol * abs(e), f"{where}: expected {e!r}, got {a!r}"


def _values(expected, actual, dtype, rtol, atol, where):
    assert len(actual) == len(expected), \
        f"{where}: {len(expected)} values expected, got {len(actual)}"
    for i, (e, a) in enumerate(zip(expected, actual)):
        if dtype in ("string",):
            assert e == a, f"{where}[{i}]: expected {e!r}, got {a!r}"
        elif dtype in ("int32", "bool"):
            assert _decode(e) == int(a), f"{where}[{i}]: expected {e!r}, got {a!r}"
        else:
            close(e, a, rtol, atol, f"{where}[{i}]")


def compare(expected, actual, rtol=DEFAULT_RTOL, atol=DEFAULT_ATOL, where="value"):
    """Assert a Python outcome equals a recorded TF.js value."""
    if hasattr(actual, "_resolve") and not isinstance(actual, (tf.Tensor,)):
        actual = actual._resolve()
    if isinstance(expected, dict) and "$tensor" in expected:
        exp = expected["$tensor"]
        if isinstance(actual, dict) and "$tensor" in actual:   # fresh-process outcome
            actual_t = actual["$tensor"]
            assert actual_t.get("disposed", False) == exp.get("disposed", False), where
            assert actual_t["dtype"] == exp["dtype"], f"{where}: dtype"
            assert actual_t["shape"] == exp["shape"], f"{where}: shape"
            if not exp.get("disposed"):
                _values(exp["values"], [_decode(v) for v in actual_t["values"]],
                        exp["dtype"], rtol, atol, where)
            return
        assert isinstance(actual, tf.Tensor), f"{where}: expected a Tensor, got {actual!r}"
        if exp.get("disposed"):
            assert actual.isDisposed, f"{where}: expected a disposed tensor"
            return
        assert actual.dtype == exp["dtype"], f"{where}: dtype {actual.dtype} != {exp['dtype']}"
        assert actual.shape == exp["shape"], f"{where}: shape {actual.shape} != {exp['shape']}"
        data = actual.dataSync()
        data = data if actual.dtype == "string" else data.tolist()
        _values(exp["values"], data, exp["dtype"], rtol, atol, where)
    elif isinstance(expected, dict) and "$typed" in expected:
        if isinstance(actual, dict) and "$ndarray" in actual:   # fresh-process outcome
            actual = np.array([_decode(v) for v in actual["values"]], dtype=actual["$ndarray"])
        arr = np.asarray(actual)
        kind = expected["$typed"]
        if kind.startswith("Float"):
            assert arr.dtype == np.float32, f"{where}: dtype {arr.dtype}"
            _values(expected["values"], arr.tolist(), "float32", rtol, atol, where)
        else:
            assert arr.dtype.kind in "biu", f"{where}: dtype {arr.dtype}"
            _values(expected["values"], arr.astype(np.int64).tolist(), "int32", rtol, atol,
                    where)
    elif isinstance(expected, dict) and "$buffer" in expected:
        exp = expected["$buffer"]
        assert isinstance(actual, tf.TensorBuffer), f"{where}: expected a TensorBuffer"
        assert actual.shape == exp["shape"] and actual.dtype == exp["dtype"], where
        _values(exp["values"], list(actual.values), exp["dtype"], rtol, atol, where)
    elif isinstance(expected, dict) and "$undefined" in expected:
        assert actual is None, f"{where}: expected None, got {actual!r}"
    elif isinstance(expected, dict) and "$object" in expected:
        if isinstance(actual, dict) and "$object" in actual:
            actual = actual["$object"]
        assert isinstance(actual, dict), f"{where}: expected a dict, got {actual!r}"
        assert list(actual.keys()) == list(expected["$object"].keys()), \
            f"{where}: keys {list(actual.keys())} != {list(expected['$object'].keys())}"
        for k, v in expected["$object"].items():
            compare(v, actual[k], rtol, atol, f"{where}.{k}")
    elif isinstance(expected, dict) and "$num" in expected:
        close(expected, actual, rtol, atol, where)
    elif isinstance(expected, list):
        if isinstance(actual, np.ndarray):
            actual = actual.tolist()
        assert isinstance(actual, (list, tuple)), f"{where}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{where}: length {len(actual)} != {len(expected)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            compare(e, a, rtol, atol, f"{where}[{i}]")
    elif isinstance(expected, bool) or expected is None:
        assert actual == expected and type(actual) in (type(expected), np.bool_), \
            f"{where}: expected {expected!r}, got {actual!r}"
    elif isinstance(expected, (int, float)):
        assert isinstance(actual, (int, float, np.number)) and not isinstance(actual, bool), \
            f"{where}: expected a number, got {actual!r}"
        close(expected, actual, rtol, atol, where)
    else:
        assert actual == expected, f"{where}: expected {expected!r}, got {actual!r}"


def check_case(case):
    """Run one recorded case in Python and assert it behaves as TF.js did."""
    rtol = atol = None
    if case.get("tol") is not None:
        rtol = atol = case["tol"]
    rtol = DEFAULT_RTOL if rtol is None else rtol
    atol = DEFAULT_ATOL if atol is None else atol
    if case.get("fresh"):
        res = run_fresh(case["py"])
        value, out, err = res["value"], res["stdout"], res["error"]
    else:
        value, out, exc = run_py(case["py"])
        err = None if exc is None else str(exc)
        if exc is not None and case["error"] is None:
            raise exc
    if case["error"] is not None:
        assert err is not None, f"expected error {case['error']['message']!r}, none raised"
        assert err == case["error"]["message"], \
            f"error text:\n  TF.js:  {case['error']['message']!r}\n  Python: {err!r}"
    assert out == case["stdout"], f"stdout:\n--- TF.js\n{case['stdout']}--- Python\n{out}"
    if case["error"] is None:
        compare(case["value"], value, rtol, atol)
