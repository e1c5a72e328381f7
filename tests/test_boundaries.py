"""Boundaries of the package (STYLE.md 2.3, 2.7): devices are named only in engine.py,
and a function name has an uppercase letter only if it is a real TF.js name."""
import ast
import json
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tfjs_compat"
NAMES = json.loads((Path(__file__).parent / "tfjs_names.json").read_text())

DEVICE_WORDS = ("cuda", "mps", ".cuda(", "torch.device")
# Subclass hooks TF.js users override keep their TF.js names.
HOOKS = {"call", "build", "computeOutputShape", "getConfig", "fromConfig", "getClassName",
         "className"}
ALLOWED = set().union(*NAMES.values()) | HOOKS


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


def _rel(path):
    return path.relative_to(PACKAGE.parent).as_posix()


def test_devices_are_named_only_in_engine():
    hits = []
    for path in _modules():
        if path.name == "engine.py" and path.parent == PACKAGE:
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            hits += [f"{_rel(path)}:{n}: {w!r}" for w in DEVICE_WORDS if w in line]
    assert hits == [], "device names outside engine.py:\n" + "\n".join(hits)


def _camel_defs(source, label):
    """``label:line: def name`` for each def with an uppercase letter TF.js lacks."""
    for node in ast.walk(ast.parse(source, label)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(c.isupper() for c in node.name) and node.name not in ALLOWED:
                yield f"{label}:{node.lineno}: def {node.name}"


def test_camelcase_defs_are_tfjs_names():
    bad = [hit for path in _modules() for hit in _camel_defs(path.read_text(), _rel(path))]
    assert bad == [], "camelCase names that TF.js does not have:\n" + "\n".join(bad)


def test_camelcase_check_finds_violations():
    src = ("def toSnakeCase():\n    pass\ndef dataSync():\n    pass\n"
           "class A:\n    async def getConfig(self):\n        pass\n"
           "    def _helperName(self):\n        pass\n")
    assert [h.split(": ")[1] for h in _camel_defs(src, "x")] == [
        "def toSnakeCase", "def _helperName"]
