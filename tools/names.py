"""Harvest TF.js 4.22.0's public names into tests/tfjs_names.json.

    python tools/names.py

The list is committed; tests/test_surface.py reports coverage against it.
Requires Node and ``npm install`` in tools/.
"""
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    out = subprocess.run(["node", str(ROOT / "tools" / "names.js")], capture_output=True,
                         text=True, check=True).stdout
    names = json.loads(out)
    (ROOT / "tests" / "tfjs_names.json").write_text(json.dumps(names, indent=1) + "\n")
    for k, v in names.items():
        print(f"{k}: {len(v)}")


if __name__ == "__main__":
    main()
