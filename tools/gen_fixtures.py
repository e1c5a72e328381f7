"""Run the JS snippets in tools/snippets/ under real TF.js and write test fixtures.

    python tools/gen_fixtures.py            # every family
    python tools/gen_fixtures.py printing   # one family (tools/snippets/printing.js)

Snippet format (one file per family)::

    // @case some_id            (add "fresh" to run it in its own Node process)
    // @tol 1e-5                 (optional: float tolerance for this case)
    const t = tf.tensor1d([1, 2, 3]);
    t.print();
    return t;
    // @py                        (optional: the Python port; when absent the JS body
    t = tf.tensor1d([1, 2, 3])     is translated mechanically: const/let dropped,
    t.print()                      ';' stripped, true/false/null/undefined mapped)
    return t

The case body runs in an async function with ``tf`` in scope; its ``return`` value,
stdout, stderr and error are recorded. Fixtures go to tests/fixtures/<family>.json
with the JS and Python source beside the outcome, so tests need no Node.
Requires Node and ``npm install`` in tools/ (TF.js pinned in tools/package.json).
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "tools" / "snippets"
FIXTURES = ROOT / "tests" / "fixtures"
RUNNER = ROOT / "tools" / "runner.js"
CASE = re.compile(r"^//\s*@case\s+(\S+)(.*)$")
WORDS = {"true": "True", "false": "False", "null": "None", "undefined": "None"}


def js_to_py(js):
    """Mechanical translation of simple JS statements to Python: declarations dropped,
    ';' stripped, literals mapped, object-literal keys quoted ({units: 2} ->
    {'units': 2}), one-expression arrows made lambdas (x => x.square() -> lambda x:
    x.square()), ===/!==/&&/|| mapped. console.log and JSON.stringify exist in the
    Python namespace of tests/golden.py."""
    lines = []
    for line in js.splitlines():
        line = re.sub(r"^(\s*)(const|let|var)\s+", r"\1", line.rstrip())
        line = re.sub(r";\s*$", "", line)
        line = re.sub(r"^(\s*)//", r"\1#", line)
        line = re.sub(r"\b(true|false|null|undefined)\b", lambda m: WORDS[m.group(1)], line)
        line = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:(?!:)", r"\1'\2':", line)
        line = re.sub(r"\(\s*\)\s*=>", "lambda:", line)
        line = re.sub(r"\(([\w\s,]+)\)\s*=>", r"lambda \1:", line)
        line = re.sub(r"\b(\w+)\s*=>", r"lambda \1:", line)
        line = line.replace("===", "==").replace("!==", "!=")
        line = line.replace(" && ", " and ").replace(" || ", " or ")
        lines.append(line)
    return "\n".join(lines)


def parse(path):
    """Cases of one snippet file: dicts with id, js, py, fresh, tol."""
    cases, cur, section = [], None, None
    for line in path.read_text().splitlines():
        m = CASE.match(line)
        if m:
            cur = {"id": m.group(1), "fresh": "fresh" in m.group(2).split(),
                   "js": [], "py": None, "tol": None}
            cases.append(cur)
            section = "js"
        elif cur is None:
            continue
        elif re.match(r"^//\s*@py\s*$", line):
            cur["py"], section = [], "py"
        elif re.match(r"^//\s*@tol\s+", line):
            cur["tol"] = float(line.split()[-1])
        else:
            cur[section].append(line)
    for c in cases:
        c["js"] = "\n".join(c["js"]).strip("\n")
        c["py"] = "\n".join(c["py"]).strip("\n") if c["py"] is not None else js_to_py(c["js"])
        try:
            compile("async def _case():\n" + _indent(c["py"]), c["id"], "exec")
        except SyntaxError as e:
            raise SystemExit(f"{path.name}:{c['id']}: Python port does not compile ({e}); "
                             f"add a '// @py' section")
    ids = [c["id"] for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"{path.name}: duplicate case ids {sorted(dup)}")
    return cases


def _indent(code):
    return "\n".join("    " + line for line in (code or "pass").splitlines()) or "    pass"


def run_node(cases):
    """Outcomes of cases run in one Node process, in order."""
    proc = subprocess.run(["node", str(RUNNER)], input=json.dumps(
        [{"id": c["id"], "js": c["js"], "fresh": c["fresh"]} for c in cases]),
        capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"node failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def generate(family):
    """Write tests/fixtures/<family>.json from tools/snippets/<family>.js."""
    cases = parse(SNIPPETS / f"{family}.js")
    shared = [c for c in cases if not c["fresh"]]
    results = {r["id"]: r for r in run_node(shared)} if shared else {}
    for c in cases:
        if c["fresh"]:
            results[c["id"]] = run_node([c])[0]
    out = []
    for c in cases:
        r = results[c["id"]]
        out.append({"id": c["id"], "fresh": c["fresh"], "tol": c["tol"], "js": c["js"],
                    "py": c["py"], "stdout": r["stdout"], "stderr": r["stderr"],
                    "value": r.get("value"), "error": r["error"]})
    FIXTURES.mkdir(parents=True, exist_ok=True)
    data = {"family": family, "tfjs": "4.22.0", "generator": "tools/gen_fixtures.py",
            "cases": out}
    (FIXTURES / f"{family}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False)
                                             + "\n")
    print(f"{family}: {len(out)} cases")


def main(argv):
    families = argv or sorted(p.stem for p in SNIPPETS.glob("*.js"))
    for family in families:
        generate(family)


if __name__ == "__main__":
    main(sys.argv[1:])
