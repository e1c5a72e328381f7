"""Device placement guard (STYLE.md 2.7), runnable without a GPU.

A torch factory called without ``device=`` makes a CPU tensor; on CUDA, combining it
with a device tensor (``torch.cat``, ``where``, indexing, ``index_select``...) fails,
and CPU tests never notice. Likewise ``.numpy()`` on a device tensor needs ``.cpu()``
first. This AST check flags, in every module but ``engine.py``:

* a factory call (``torch.tensor``, ``zeros``, ``from_numpy``, ``Generator``...) with
  no ``device=`` keyword, unless the same expression moves the result to a device
  (``engine.to_device(...)`` or ``.to(engine.device())`` / ``.to(x.device)``);
* a ``.numpy()`` call whose receiver chain has no ``.cpu()``.

Audited exceptions, provably host-only or moved later, are listed in ``ALLOWED``
(``file:qualified.function`` -> reason). A stale entry fails the test as well.
"""
import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tfjs_compat"

FACTORIES = {"tensor", "as_tensor", "asarray", "from_numpy", "frombuffer", "zeros", "ones",
             "full", "empty", "empty_strided", "arange", "linspace", "logspace", "eye",
             "rand", "randn", "randint", "randperm", "scalar_tensor", "tril_indices",
             "triu_indices", "Generator"}

_INIT = "Initializer.apply_torch moves _values() to engine.device()"
ALLOWED = {
    "tfjs_compat/initializers.py:Zeros._values": _INIT,
    "tfjs_compat/initializers.py:Ones._values": _INIT,
    "tfjs_compat/initializers.py:Constant._values": _INIT,
    "tfjs_compat/initializers.py:Orthogonal._values": _INIT + " (QR runs on the host)",
    "tfjs_compat/initializers.py:Identity._values": _INIT,
    "tfjs_compat/layers/variables.py:to_torch_value":
        "host array-likes; LayerVariable.write copies to the parameter's device",
    "tfjs_compat/io/saving.py:_assign": "host values; LayerVariable.write moves them",
    "tfjs_compat/io/weights.py:decode_weight":
        "host bytes; the next statement moves them with .to(engine.device())",
    "tfjs_compat/ops/image.py:threshold": "a host scalar read back at once with float()",
    "tfjs_compat/ops/normalization.py:_uniform":
        "fallback only: CPU generator, host draw, then engine.to_device",
    "tfjs_compat/ops/random.py:_torch_gamma": "one host draw read with .item() as a seed",
    "tfjs_compat/tensor.py:Tensor.__array__": ".numpy() only after engine.is_host(data)",
}


def _is_engine_device_move(call):
    """``engine.to_device(...)`` or ``<expr>.to(engine.device() | x.device | device=...)``."""
    f = call.func
    if isinstance(f, ast.Attribute) and f.attr == "to_device":
        return True
    if isinstance(f, ast.Attribute) and f.attr == "to":
        args = list(call.args) + [k.value for k in call.keywords if k.arg == "device"]
        for a in args:
            src = ast.unparse(a)
            if "device" in src:
                return True
    return False


def _moved(node, parents):
    """True if an enclosing expression of ``node`` moves it to a device."""
    p = parents.get(node)
    while p is not None and not isinstance(p, ast.stmt):
        if isinstance(p, ast.Call) and _is_engine_device_move(p):
            return True
        p = parents.get(p)
    return False


def _has_cpu(receiver):
    """True if the attribute/call chain ``receiver`` contains a ``.cpu()`` call."""
    n = receiver
    while True:
        if isinstance(n, ast.Call):
            if isinstance(n.func, ast.Attribute) and n.func.attr == "cpu":
                return True
            n = n.func
        elif isinstance(n, (ast.Attribute, ast.Subscript)):
            n = n.value
        else:
            return False


def findings(source, label):
    """``label:qualname:line: what`` for each unplaced factory / host read."""
    tree = ast.parse(source, label)
    parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
    out = []

    def visit(node, scope):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            scope = scope + [node.name]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            f = node.func
            where = f"{label}:{'.'.join(scope)}"
            if (isinstance(f.value, ast.Name) and f.value.id == "torch"
                    and f.attr in FACTORIES
                    and not any(k.arg == "device" for k in node.keywords)
                    and not _moved(node, parents)):
                out.append((where, f"{node.lineno}: torch.{f.attr} without device="))
            if f.attr == "numpy" and not node.args and not _has_cpu(f.value):
                out.append((where, f"{node.lineno}: .numpy() without .cpu()"))
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(tree, [])
    return out


@functools.cache
def _package_findings():
    hits = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "engine.py" and path.parent == PACKAGE:
            continue
        label = path.relative_to(PACKAGE.parent).as_posix()
        hits += findings(path.read_text(), label)
    return tuple(hits)


def test_new_tensors_are_placed_on_a_device():
    hits = _package_findings()
    bad = [f"{where}:{what}" for where, what in hits if where not in ALLOWED]
    assert bad == [], ("torch tensors made on the host where a device is needed (pass "
                       "device=x.device or engine.device(), or .cpu() before .numpy()):\n"
                       + "\n".join(bad))


def test_allowlist_has_no_stale_entries():
    used = {where for where, _ in _package_findings()}
    assert sorted(set(ALLOWED) - used) == []


def test_checker_finds_violations():
    src = ("import torch\n"
           "def f(x):\n"
           "    a = torch.zeros(3)\n"                                 # flagged
           "    b = torch.zeros(3, device=x.device)\n"
           "    c = engine.to_device(torch.from_numpy(n)).reshape(2)\n"
           "    d = torch.from_numpy(n).to(engine.device())\n"
           "    e = torch.from_numpy(n)\n"                            # flagged
           "    g = torch.Generator()\n"                              # flagged
           "    h = x.detach().cpu().numpy()\n"
           "    i = x.detach().numpy()\n"                             # flagged
           "    return torch.cat([x, torch.ones(2)])\n")              # flagged
    got = [what.split(":")[0] for _, what in findings(src, "m.py")]
    assert got == ["3", "7", "8", "10", "11"]
