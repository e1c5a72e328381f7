"""The ops package: one module per family. The public names are re-exported by
``tfjs_compat/__init__.py``; ``OPS`` records every op for the surface test."""
from ._op import OPS as OPS
