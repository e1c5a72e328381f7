"""Write the model-file fixtures (tests/fixtures/models/) with real TF.js.

    python tools/gen_models.py

Runs tools/gen_models.js (cases in tools/gen_models_cases.js) under the TF.js pinned in
tools/package.json: it builds small models with fixed weights, writes them in the
tfjs-node file:// layout and the tensorflowjs converter layout (sharded, quantized),
loads each directory back from disk with TF.js and records its predictions in
expected.json. It also records the exact bytes TF.js writes for a fixed model
(tfjs_bytes/). Requires Node and ``npm install`` in tools/.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "models"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["node", str(ROOT / "tools" / "gen_models.js"), tmp], check=True)
        if OUT.exists():
            shutil.rmtree(OUT)
        shutil.copytree(tmp, OUT)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
