"""Non-max suppression (``tf.image.nonMaxSuppression*``), sync and async forms.

Greedy selection in score order (ties: lower box index first), with TF.js's soft-NMS
re-scoring when ``softNmsSigma > 0``. Runs on the host in float64 (TF.js runs these
kernels on the CPU in JS doubles); results are created on the input's device.
"""
import heapq
import math

import torch

from .._jsobject import resolved
from ..errors import TFJSValueError, js_str
from ._op import check_dtype, op, to_torch, wrap

PUBLIC = ("nonMaxSuppression", "nonMaxSuppressionAsync", "nonMaxSuppressionPadded",
          "nonMaxSuppressionPaddedAsync", "nonMaxSuppressionWithScore",
          "nonMaxSuppressionWithScoreAsync")


def _inputs(boxes, scores, max_output_size, iou, score_thr, sigma, op_name):
    """TF.js ``nonMaxSuppSanityCheck``: converted boxes/scores and clamped settings."""
    b = check_dtype(to_torch(boxes, "boxes", op_name, "float32"), ("float32",), "boxes",
                    op_name)
    s = check_dtype(to_torch(scores, "scores", op_name, "float32"), ("float32",), "scores",
                    op_name)
    iou = 0.5 if iou is None else iou
    score_thr = -math.inf if score_thr is None else score_thr
    sigma = 0.0 if sigma is None else sigma
    n = b.shape[0] if b.ndim else 0
    if not 0 <= iou <= 1:
        raise TFJSValueError(f"iouThreshold must be in [0, 1], but was '{js_str(iou)}'")
    if b.ndim != 2:
        raise TFJSValueError(f"boxes must be a 2D tensor, but was of rank '{b.ndim}'")
    if b.shape[1] != 4:
        raise TFJSValueError(f"boxes must have 4 columns, but 2nd dimension was "
                             f"{b.shape[1]}")
    if s.ndim != 1:
        raise TFJSValueError("scores must be a 1D tensor")
    if s.shape[0] != n:
        raise TFJSValueError(f"scores has incompatible shape with boxes. Expected {n}, "
                             f"but was {s.shape[0]}")
    if not 0 <= sigma <= 1:
        raise TFJSValueError(f"softNmsSigma must be in [0, 1], but was '{js_str(sigma)}'")
    return b, s, min(int(max_output_size), n), iou, score_thr, sigma


def _iou(a, c):
    """Intersection over union of two ``[y1, x1, y2, x2]`` boxes (corners in any order)."""
    ay0, ay1, ax0, ax1 = min(a[0], a[2]), max(a[0], a[2]), min(a[1], a[3]), max(a[1], a[3])
    cy0, cy1, cx0, cx1 = min(c[0], c[2]), max(c[0], c[2]), min(c[1], c[3]), max(c[1], c[3])
    area_a, area_c = (ay1 - ay0) * (ax1 - ax0), (cy1 - cy0) * (cx1 - cx0)
    if area_a <= 0 or area_c <= 0:
        return 0.0
    inter = (max(min(ay1, cy1) - max(ay0, cy0), 0.0)
             * max(min(ax1, cx1) - max(ax0, cx0), 0.0))
    return inter / (area_a + area_c - inter)


def _suppress(boxes, scores, max_out, iou_thr, score_thr, sigma):
    """Selected indices and their (possibly soft-NMS-decayed) scores."""
    scale = -0.5 / sigma if sigma > 0 else 0.0
    # heap entries: (-score, box index, first selected index still to compare with)
    heap = [(-sc, i, 0) for i, sc in enumerate(scores) if sc > score_thr]
    heapq.heapify(heap)
    picked, picked_scores = [], []
    while len(picked) < max_out and heap:
        neg, i, begin = heapq.heappop(heap)
        original = score = -neg
        if original < score_thr:
            break
        ignore = False
        for j in range(len(picked) - 1, begin - 1, -1):
            iou = _iou(boxes[i], boxes[picked[j]])
            if iou >= iou_thr:
                ignore = True
                break
            score *= math.exp(scale * iou * iou) if iou <= iou_thr else 0.0
            if score <= score_thr:
                break
        if ignore:
            continue
        if score == original:
            picked.append(i)
            picked_scores.append(score)
        elif score > score_thr:
            heapq.heappush(heap, (-score, i, len(picked)))
    return picked, picked_scores


def _run(args, op_name, pad=False):
    b, s, max_out, iou, thr, sigma = _inputs(*args, op_name)
    picked, scores = _suppress(b.double().tolist(), s.double().tolist(), max_out, iou, thr,
                               sigma)
    valid = len(picked)
    if pad:
        picked = picked + [0] * (max_out - valid)
    dev = b.device
    return (torch.tensor(picked, dtype=torch.int32, device=dev),
            torch.tensor(scores, dtype=torch.float32, device=dev),
            torch.tensor(valid, dtype=torch.int32, device=dev))


@op
def nonMaxSuppression(boxes, scores, maxOutputSize, iouThreshold=0.5,  # noqa: N802,N803
                      scoreThreshold=-math.inf):  # noqa: N803
    """Greedy non-max suppression. TF.js: ``tf.image.nonMaxSuppression``.

    Args:
        boxes: float32 ``[numBoxes, 4]`` as ``[y1, x1, y2, x2]``.
        scores: float32 ``[numBoxes]``.
        maxOutputSize: the most boxes to select.
        iouThreshold: boxes overlapping a selected one by at least this IoU are dropped.
        scoreThreshold: boxes scoring at or below this are ignored.

    Returns:
        int32 ``[numSelected]`` box indices.
    """
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0.0)
    return _run(args, "nonMaxSuppression")[0]


def nonMaxSuppressionAsync(boxes, scores, maxOutputSize, iouThreshold=0.5,  # noqa: N802,N803
                           scoreThreshold=-math.inf):  # noqa: N803
    """Awaitable form of :func:`nonMaxSuppression`. TF.js:
    ``tf.image.nonMaxSuppressionAsync`` (computed eagerly here)."""
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0.0)
    return resolved(wrap(_run(args, "nonMaxSuppressionAsync")[0]))


def _with_score(args, op_name):
    idx, sc, _ = _run(args, op_name)
    return {"selectedIndices": idx, "selectedScores": sc}


@op
def nonMaxSuppressionWithScore(boxes, scores, maxOutputSize, iouThreshold=0.5,  # noqa: N802,N803
                               scoreThreshold=-math.inf, softNmsSigma=0.0):  # noqa: N803
    """Non-max suppression with soft-NMS. TF.js: ``tf.image.nonMaxSuppressionWithScore``.

    With ``softNmsSigma > 0`` overlapping boxes are re-scored by
    ``exp(-0.5 * iou**2 / softNmsSigma)`` instead of being dropped.

    Returns:
        ``{selectedIndices: int32, selectedScores: float32}``.
    """
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma)
    return _with_score(args, "nonMaxSuppressionWithScore")


def nonMaxSuppressionWithScoreAsync(boxes, scores, maxOutputSize,  # noqa: N802,N803
                                    iouThreshold=0.5, scoreThreshold=-math.inf,  # noqa: N803
                                    softNmsSigma=0.0):  # noqa: N803
    """Awaitable form of :func:`nonMaxSuppressionWithScore`. TF.js:
    ``tf.image.nonMaxSuppressionWithScoreAsync`` (computed eagerly here)."""
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma)
    return resolved(wrap(_with_score(args, "nonMaxSuppressionWithScoreAsync")))


def _padded(args, pad, op_name):
    idx, _, valid = _run(args, op_name, pad)
    return {"selectedIndices": idx, "validOutputs": valid}


@op
def nonMaxSuppressionPadded(boxes, scores, maxOutputSize, iouThreshold=0.5,  # noqa: N802,N803
                            scoreThreshold=-math.inf, padToMaxOutputSize=False):  # noqa: N803
    """Non-max suppression with an optional zero-padded result. TF.js:
    ``tf.image.nonMaxSuppressionPadded``.

    Returns:
        ``{selectedIndices: int32, validOutputs: int32 scalar}``; with
        ``padToMaxOutputSize`` the indices are padded with 0 to
        ``min(maxOutputSize, numBoxes)``.
    """
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0.0)
    return _padded(args, padToMaxOutputSize, "nonMaxSuppressionPadded")


def nonMaxSuppressionPaddedAsync(boxes, scores, maxOutputSize,  # noqa: N802,N803
                                 iouThreshold=0.5, scoreThreshold=-math.inf,  # noqa: N803
                                 padToMaxOutputSize=False):  # noqa: N803
    """Awaitable form of :func:`nonMaxSuppressionPadded`. TF.js:
    ``tf.image.nonMaxSuppressionPaddedAsync`` (computed eagerly here)."""
    args = (boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, 0.0)
    return resolved(wrap(_padded(args, padToMaxOutputSize, "nonMaxSuppressionPaddedAsync")))
