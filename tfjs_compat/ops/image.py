"""Image ops (``tf.image``): resizeBilinear, resizeNearestNeighbor, cropAndResize,
flipLeftRight, rotateWithOffset, transform, grayscaleToRGB, rgbToGrayscale, threshold.
The non-max-suppression family lives in ``image_nms.py``.

Images are channels-last (``[batch, height, width, channels]``, or rank 3 where TF.js
allows it). Sampling coordinates are computed in float64, as TF.js's CPU kernels do in
JS doubles, and results are stored once in the output dtype.
"""
import math

import torch

from ..errors import TFJSValueError, js_list
from ._op import check_dtype, dtype_of, numeric, op, to_torch
from .creation import cast_torch

PUBLIC = ("cropAndResize", "flipLeftRight", "grayscaleToRGB", "resizeBilinear",
          "resizeNearestNeighbor", "rgbToGrayscale", "rotateWithOffset", "threshold",
          "transform")


# --- helpers ---------------------------------------------------------------------------

def _js_round(t):
    """JS ``Math.round``: halves go toward +Infinity."""
    return torch.floor(t + 0.5)


def _batched(t):
    """A rank-3 image as a batch of one; returns (4-D tensor, was_rank3)."""
    return (t.unsqueeze(0), True) if t.ndim == 3 else (t, False)


def _axis_coords(n_in, n_out, align_corners, device):
    """Output positions and TF.js's input/output size ratio along one axis."""
    eff_in = n_in - 1 if align_corners and n_out > 1 else n_in
    eff_out = n_out - 1 if align_corners and n_out > 1 else n_out
    pos = torch.arange(n_out, dtype=torch.float64, device=device)
    return pos, eff_in / eff_out


def _check_resize(t, size, align_corners, half_pixel_centers, op_name):
    if t.ndim not in (3, 4):
        raise TFJSValueError(f"Error in {op_name}: x must be rank 3 or 4, but got rank "
                             f"{t.ndim}.")
    if len(size) != 2:
        raise TFJSValueError(f"Error in {op_name}: new shape must 2D, but got shape "
                             f"{js_list(size)}.")
    if half_pixel_centers and align_corners:
        raise TFJSValueError(f"Error in {op_name}: If halfPixelCenters is true, "
                             f"alignCorners must be false.")


# --- resize ----------------------------------------------------------------------------

def _bilinear_axis(n_in, n_out, align_corners, half_pixel, device):
    """(low index, high index, fraction) per output position along one axis."""
    pos, ratio = _axis_coords(n_in, n_out, align_corners, device)
    src = ratio * (pos + 0.5) - 0.5 if half_pixel else ratio * pos
    low = torch.clamp(torch.floor(src), min=0)
    high = torch.clamp(torch.ceil(src), max=n_in - 1)
    return low.long(), high.long(), src - low


@op
def resizeBilinear(images, size, alignCorners=False, halfPixelCenters=False):  # noqa: N802,N803
    """Bilinear resize. TF.js: ``tf.image.resizeBilinear`` (also the Tensor method).

    Args:
        images: ``[batch, height, width, channels]`` or ``[height, width, channels]``.
        size: ``[newHeight, newWidth]``.
        alignCorners: align the corner pixels of input and output.
        halfPixelCenters: sample at pixel centers (excludes ``alignCorners``).

    Returns:
        A float32 Tensor of the resized images.
    """
    t = numeric(to_torch(images, "images", "resizeBilinear"), "images", "resizeBilinear")
    _check_resize(t, size, alignCorners, halfPixelCenters, "resizeBilinear")
    x, rank3 = _batched(t.to(torch.float64))
    rl, rh, rf = _bilinear_axis(x.shape[1], int(size[0]), alignCorners, halfPixelCenters,
                                x.device)
    cl, ch, cf = _bilinear_axis(x.shape[2], int(size[1]), alignCorners, halfPixelCenters,
                                x.device)
    cf = cf.view(1, 1, -1, 1)
    top_rows, bottom_rows = x.index_select(1, rl), x.index_select(1, rh)
    top = top_rows.index_select(2, cl) + (top_rows.index_select(2, ch)
                                          - top_rows.index_select(2, cl)) * cf
    bottom = bottom_rows.index_select(2, cl) + (bottom_rows.index_select(2, ch)
                                                - bottom_rows.index_select(2, cl)) * cf
    out = top + (bottom - top) * rf.view(1, -1, 1, 1)
    out = out.to(torch.float32)
    return out[0] if rank3 else out


def _nearest_axis(n_in, n_out, align_corners, half_pixel, device):
    pos, ratio = _axis_coords(n_in, n_out, align_corners, device)
    src = ratio * (pos + 0.5) if half_pixel else ratio * pos
    idx = torch.clamp(_js_round(src) if align_corners else torch.floor(src), max=n_in - 1)
    if half_pixel:
        idx = torch.clamp(idx, min=0)
    return idx.long()


@op
def resizeNearestNeighbor(images, size, alignCorners=False,  # noqa: N802
                          halfPixelCenters=False):  # noqa: N803
    """Nearest-neighbor resize. TF.js: ``tf.image.resizeNearestNeighbor`` (also the
    Tensor method).

    Args:
        images: ``[batch, height, width, channels]`` or ``[height, width, channels]``;
            int32 or float32.
        size: ``[newHeight, newWidth]``.
        alignCorners: align corners; rounds source positions (``Math.round``).
        halfPixelCenters: sample at pixel centers (excludes ``alignCorners``).

    Returns:
        A Tensor of the input's dtype.
    """
    t = numeric(to_torch(images, "images", "resizeNearestNeighbor"), "images",
                "resizeNearestNeighbor")
    _check_resize(t, size, alignCorners, halfPixelCenters, "resizeNearestNeighbor")
    if dtype_of(t) not in ("int32", "float32"):
        raise TFJSValueError("`images` must have `int32` or `float32` as dtype")
    x, rank3 = _batched(t)
    rows = _nearest_axis(x.shape[1], int(size[0]), alignCorners, halfPixelCenters, x.device)
    cols = _nearest_axis(x.shape[2], int(size[1]), alignCorners, halfPixelCenters, x.device)
    out = x.index_select(1, rows).index_select(2, cols)
    return out[0] if rank3 else out


# --- cropAndResize ---------------------------------------------------------------------

def _check_crop(img, boxes, box_ind, crop_size, method):
    n = boxes.shape[0] if boxes.ndim else 0
    if img.ndim != 4:
        raise TFJSValueError(f"Error in cropAndResize: image must be rank 4,but got rank "
                             f"{img.ndim}.")
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise TFJSValueError(f"Error in cropAndResize: boxes must be have size [{n},4] "
                             f"but had shape {js_list(list(boxes.shape))}.")
    if box_ind.ndim != 1 or box_ind.shape[0] != n:
        # NOTE: TF.js's message shows the boxes' shape here
        raise TFJSValueError(f"Error in cropAndResize: boxInd must be have size [{n}] "
                             f"but had shape {js_list(list(boxes.shape))}.")
    if len(crop_size) != 2:
        raise TFJSValueError(f"Error in cropAndResize: cropSize must be of length 2, but "
                             f"got length {len(crop_size)}.")
    if crop_size[0] < 1 or crop_size[1] < 1:
        raise TFJSValueError(f"cropSize must be atleast [1,1], but was "
                             f"{js_list(crop_size)}")
    if method not in ("bilinear", "nearest"):
        raise TFJSValueError(f"method must be bilinear or nearest, but was {method}")


def _crop_axis(lo, hi, n_img, n_crop):
    """Source coordinates (float64) of one axis for every box: ``[boxes, n_crop]``."""
    if n_crop > 1:
        step = (hi - lo) * (n_img - 1) / (n_crop - 1)
        pos = torch.arange(n_crop, dtype=torch.float64, device=lo.device)
        return lo[:, None] * (n_img - 1) + pos[None, :] * step[:, None]
    return (0.5 * (lo + hi) * (n_img - 1))[:, None]


def _crop_sample(img, b, ys, xs, method):
    """Sample ``img[b]`` at rows ``ys`` and columns ``xs``: ``[boxes, ch, cw, depth]``."""
    h, w = img.shape[1], img.shape[2]
    bb = b[:, None, None]
    if method == "nearest":
        yi = _js_round(ys).long().clamp(0, h - 1)[:, :, None]
        xi = _js_round(xs).long().clamp(0, w - 1)[:, None, :]
        return img[bb, yi, xi]
    y0, x0 = torch.floor(ys), torch.floor(xs)
    yf, xf = (ys - y0)[:, :, None, None], (xs - x0)[:, None, :, None]
    y0i, y1i = y0.long().clamp(0, h - 1), torch.ceil(ys).long().clamp(0, h - 1)
    x0i, x1i = x0.long().clamp(0, w - 1), torch.ceil(xs).long().clamp(0, w - 1)
    tl, tr = img[bb, y0i[:, :, None], x0i[:, None, :]], img[bb, y0i[:, :, None], x1i[:, None, :]]
    bl, br = img[bb, y1i[:, :, None], x0i[:, None, :]], img[bb, y1i[:, :, None], x1i[:, None, :]]
    top, bottom = tl + (tr - tl) * xf, bl + (br - bl) * xf
    return top + (bottom - top) * yf


@op
def cropAndResize(image, boxes, boxInd, cropSize, method="bilinear",  # noqa: N802,N803
                  extrapolationValue=0):  # noqa: N803
    """Crops boxes out of images and resizes them. TF.js: ``tf.image.cropAndResize``.

    Args:
        image: ``[batch, height, width, depth]``.
        boxes: ``[numBoxes, 4]`` normalized ``[y1, x1, y2, x2]``.
        boxInd: ``[numBoxes]`` int32 batch index of each box.
        cropSize: ``[cropHeight, cropWidth]``.
        method: ``'bilinear'`` or ``'nearest'``.
        extrapolationValue: value for samples outside the image.

    Returns:
        A float32 Tensor ``[numBoxes, cropHeight, cropWidth, depth]``.
    """
    img = numeric(to_torch(image, "image", "cropAndResize", "float32"), "image",
                  "cropAndResize")
    bx = to_torch(boxes, "boxes", "cropAndResize", "float32").to(torch.float64)
    bi = to_torch(boxInd, "boxInd", "cropAndResize", "int32")
    _check_crop(img, bx, bi, list(cropSize), method)
    ch, cw = int(cropSize[0]), int(cropSize[1])
    h, w = img.shape[1], img.shape[2]
    ys = _crop_axis(bx[:, 0], bx[:, 2], h, ch)   # (boxes, ch)
    xs = _crop_axis(bx[:, 1], bx[:, 3], w, cw)   # (boxes, cw)
    valid_b = (bi >= 0) & (bi < img.shape[0])
    out = _crop_sample(img.to(torch.float64), bi.long().clamp(0, img.shape[0] - 1), ys, xs,
                       method)
    inside = ((ys >= 0) & (ys <= h - 1))[:, :, None] & ((xs >= 0) & (xs <= w - 1))[:, None, :]
    out = torch.where(inside[..., None], out, float(extrapolationValue))
    out = torch.where(valid_b[:, None, None, None], out, 0.0)   # TF.js skips such boxes
    return out.to(torch.float32)


# --- flips and rotations ---------------------------------------------------------------

def _float_image(image, op_name):
    t = to_torch(image, "image", op_name, "float32")
    return check_dtype(t, ("float32",), "image", op_name)


@op
def flipLeftRight(image):  # noqa: N802 - TF.js name
    """Mirrors images horizontally. TF.js: ``tf.image.flipLeftRight(image)``.

    Args:
        image: a float32 ``[batch, height, width, channels]`` Tensor.
    """
    t = _float_image(image, "flipLeftRight")
    if t.ndim != 4:
        raise TFJSValueError(f"Error in flipLeftRight: image must be rank 4,but got rank "
                             f"{t.ndim}.")
    return torch.flip(t, [2])


def _fill_per_channel(fill_value, channels, like):
    """A number, or one value per channel where channel 3 (alpha) is 255 as in TF.js."""
    if isinstance(fill_value, (int, float)):
        return torch.full((channels,), float(fill_value), dtype=torch.float64,
                          device=like.device)
    vals = [255.0 if c == 3 else float(fill_value[c]) if c < len(fill_value) else math.nan
            for c in range(channels)]
    return torch.tensor(vals, dtype=torch.float64, device=like.device)


@op
def rotateWithOffset(image, radians, fillValue=0, center=0.5):  # noqa: N802,N803
    """Rotates images by ``radians`` around ``center``. TF.js: ``tf.image.rotateWithOffset``.

    Args:
        image: a float32 ``[batch, height, width, channels]`` Tensor.
        radians: the rotation angle.
        fillValue: value (or ``[r, g, b]``) for pixels rotated in from outside.
        center: the rotation center as a fraction of the size: a number, or
            ``[fractionX, fractionY]``.
    """
    t = _float_image(image, "rotateWithOffset")
    if t.ndim != 4:
        raise TFJSValueError(f"Error in rotateWithOffset: image must be rank 4,but got "
                             f"rank {t.ndim}.")
    _, h, w, c = t.shape
    # TF.js getImageCenter: both forms are fractions of the width / height
    fx, fy = (center, center) if isinstance(center, (int, float)) else center[:2]
    cx, cy = w * fx, h * fy
    sin, cos = math.sin(radians), math.cos(radians)
    rows = torch.arange(h, dtype=torch.float64, device=t.device)[:, None] - cy
    cols = torch.arange(w, dtype=torch.float64, device=t.device)[None, :] - cx
    sx = _js_round(cols * cos - rows * sin + cx)   # (h, w)
    sy = _js_round(cols * sin + rows * cos + cy)
    inside = (sx >= 0) & (sx < w) & (sy >= 0) & (sy < h)
    picked = t[:, sy.long().clamp(0, h - 1), sx.long().clamp(0, w - 1)].to(torch.float64)
    fill = _fill_per_channel(fillValue, c, t)
    return torch.where(inside[None, :, :, None], picked, fill).to(torch.float32)


# --- colour ----------------------------------------------------------------------------

@op
def grayscaleToRGB(image):  # noqa: N802 - TF.js name
    """Repeats the single channel three times. TF.js: ``tf.image.grayscaleToRGB``."""
    t = numeric(to_torch(image, "image", "grayscaleToRGB"), "image", "grayscaleToRGB")
    if t.ndim < 2:
        raise TFJSValueError(f"Error in grayscaleToRGB: images must be at least rank 2, "
                             f"but got rank {t.ndim}.")
    if t.shape[-1] != 1:
        raise TFJSValueError(f"Error in grayscaleToRGB: last dimension of a grayscale "
                             f"image should be size 1, but got size {t.shape[-1]}.")
    return t.repeat(*([1] * (t.ndim - 1)), 3)


_RGB_WEIGHTS = (0.2989, 0.5870, 0.1140)   # TF.js rgb_to_grayscale.ts / threshold.ts


@op
def rgbToGrayscale(image):  # noqa: N802 - TF.js name
    """Weighted sum of the RGB channels (0.2989, 0.587, 0.114), cast back to the input
    dtype. TF.js: ``tf.image.rgbToGrayscale(image)``.

    Returns:
        A Tensor of the input dtype whose last dimension is 1.
    """
    t = numeric(to_torch(image, "image", "RGBToGrayscale"), "image", "RGBToGrayscale")
    if t.ndim < 2:
        raise TFJSValueError(f"Error in RGBToGrayscale: images must be at least rank 2, "
                             f"but got rank {t.ndim}.")
    if t.shape[-1] != 3:
        raise TFJSValueError(f"Error in RGBToGrayscale: last dimension of an RGB image "
                             f"should be size 3, but got size {t.shape[-1]}.")
    if t.ndim > 6:
        raise TFJSValueError("Not a valid tensor rank.")
    w = torch.tensor(_RGB_WEIGHTS, dtype=torch.float32, device=t.device)
    gray = (t.to(torch.float32) * w).sum(-1, keepdim=True)
    return cast_torch(gray, dtype_of(t))


def _otsu(gray, total):
    """TF.js's Otsu threshold: the first bin (as float32) maximizing the between-class
    variance, -1 when none is positive; all arithmetic in float32 as TF.js does."""
    vals = _js_round(gray.to(torch.float64)).flatten()
    vals = vals[(vals >= 0) & (vals < 256)].long()   # bincount drops out-of-range values
    hist = torch.bincount(vals, minlength=256).to(torch.float32)
    idx = torch.arange(256, dtype=torch.float32, device=gray.device)
    c1 = torch.cumsum(hist, 0)[:-1]              # pixels in bins 0..i
    c2 = hist.sum() - c1
    s1 = torch.cumsum(hist * idx, 0)[:-1]
    s2 = (hist * idx).sum() - s1
    v = (c1 / total) * (c2 / total) * (s1 / c1 - s2 / c2) * (s1 / c1 - s2 / c2)
    v = torch.nan_to_num(v, nan=-1.0)
    best = int(torch.argmax(v))
    return float(best) if v[best] > 0 else -1.0


@op
def threshold(image, method="binary", inverted=False, threshValue=0.5):  # noqa: N803
    """Binarizes an image to 0/255. TF.js: ``tf.image.threshold``.

    Args:
        image: ``[height, width, 3 or 1]`` int32 or float32 with values in 0..255.
        method: ``'binary'`` (threshold ``threshValue * 255``) or ``'otsu'``.
        inverted: 255 where the pixel is at or below the threshold instead.
        threshValue: the binary threshold as a fraction of 255.

    Returns:
        An int32 ``[height, width, 1]`` Tensor of 0 and 255.
    """
    t = numeric(to_torch(image, "image", "threshold"), "image", "threshold")
    _check_threshold(t, method)
    if t.shape[2] == 3:
        r, g, b = (t[..., i:i + 1].to(torch.float32) for i in range(3))
        gray = r * _RGB_WEIGHTS[0] + g * _RGB_WEIGHTS[1] + b * _RGB_WEIGHTS[2]
    else:
        gray = t
    if method == "otsu":
        thresh = _otsu(gray, t.shape[0] * t.shape[1])
    else:
        thresh = float(torch.tensor(threshValue, dtype=torch.float32) * 255)
    g = gray.to(torch.float64)
    hit = g <= thresh if inverted else g > thresh
    return hit.to(torch.int32) * 255


def _check_threshold(t, method):
    if t.ndim != 3:
        raise TFJSValueError(f"Error in threshold: image must be rank 3,but got rank "
                             f"{t.ndim}.")
    if t.shape[2] not in (3, 1):
        raise TFJSValueError(f"Error in threshold: image color channel must be equal to 3 "
                             f"or 1but got {t.shape[2]}.")
    if dtype_of(t) not in ("int32", "float32"):
        raise TFJSValueError(f"Error in dtype: image dtype must be int32 or float32,but got "
                             f"dtype {dtype_of(t)}.")
    if method not in ("otsu", "binary"):
        raise TFJSValueError(f"Method must be binary or otsu, but was {method}")


# --- projective transform --------------------------------------------------------------

def _map_coord(c, n, mode):
    """Out-of-range source coordinates per fillMode, as TF.js's transform kernel maps
    them (``'constant'`` leaves them for the fill value)."""
    if mode == "nearest":
        return c.clamp(0, n - 1)
    if mode not in ("reflect", "wrap") or n <= 1:
        return c if mode not in ("reflect", "wrap") else torch.zeros_like(c)
    if mode == "reflect":
        sz2 = 2 * n
        neg = torch.where(c < sz2, sz2 * torch.trunc(-c / sz2) + c, c)
        neg = torch.where(neg < -n, neg + sz2, -neg - 1)
        pos = c - sz2 * torch.trunc(c / sz2)
        pos = torch.where(pos >= n, sz2 - pos - 1, pos)
    else:
        neg = c + n * (torch.trunc(-c / (n - 1)) + 1)
        pos = c - n * torch.trunc(c / (n - 1))
    out = torch.where(c < 0, neg, torch.where(c > n - 1, pos, c))
    return out.clamp(0, n - 1)


def _read(img, y, x, fill):
    """``img[b, y, x, :]`` for integer-valued float coordinates; ``fill`` outside."""
    _, h, w, _ = img.shape
    inside = (y >= 0) & (y < h) & (x >= 0) & (x < w)
    b = torch.arange(img.shape[0], device=img.device)[:, None, None]
    v = img[b, y.long().clamp(0, h - 1), x.long().clamp(0, w - 1)]
    return torch.where(inside[..., None], v, fill)


def _sample(img, y, x, interpolation, fill):
    if interpolation == "nearest":
        return _read(img, _js_round(y), _js_round(x), fill)
    y0, x0 = torch.floor(y), torch.floor(x)
    y1, x1 = y0 + 1, x0 + 1
    wx0, wx1 = (x1 - x)[..., None], (x - x0)[..., None]
    top = wx0 * _read(img, y0, x0, fill) + wx1 * _read(img, y0, x1, fill)
    bottom = wx0 * _read(img, y1, x0, fill) + wx1 * _read(img, y1, x1, fill)
    return (y1 - y)[..., None] * top + (y - y0)[..., None] * bottom


@op
def transform(image, transforms, interpolation="nearest", fillMode="constant",  # noqa: N803
              fillValue=0, outputShape=None):  # noqa: N803
    """Applies projective transforms. TF.js: ``tf.image.transform``.

    Each row ``[a0, a1, a2, b0, b1, b2, c0, c1]`` maps an output point ``(x, y)`` to the
    input point ``((a0 x + a1 y + a2) / k, (b0 x + b1 y + b2) / k)`` with
    ``k = c0 x + c1 y + 1``.

    Args:
        image: float32 ``[batch, height, width, channels]``.
        transforms: ``[batch, 8]`` or ``[1, 8]``.
        interpolation: ``'nearest'`` or ``'bilinear'``.
        fillMode: ``'constant'``, ``'reflect'``, ``'wrap'`` or ``'nearest'``.
        fillValue: value for points outside the image (``'constant'``).
        outputShape: ``[height, width]`` of the output; defaults to the input's.

    Differences from TF.js:
        Every image of the batch is transformed. TF.js 4.22's CPU kernel returns
        ``fillValue`` everywhere for the images after the first.
    """
    t = _float_image(image, "transform")
    tr = to_torch(transforms, "transforms", "transform", "float32")
    _check_transform(t, tr, outputShape)
    b, h, w, _ = t.shape
    oh, ow = (h, w) if outputShape is None else (int(outputShape[0]), int(outputShape[1]))
    tr = tr.to(torch.float64).expand(b, 8)[:, :, None, None]   # (b, 8, 1, 1)
    ys = torch.arange(oh, dtype=torch.float64, device=t.device)[:, None]
    xs = torch.arange(ow, dtype=torch.float64, device=t.device)[None, :]
    k = tr[:, 6] * xs + tr[:, 7] * ys + 1                      # (b, oh, ow)
    in_x = (tr[:, 0] * xs + tr[:, 1] * ys + tr[:, 2]) / k
    in_y = (tr[:, 3] * xs + tr[:, 4] * ys + tr[:, 5]) / k
    fill = torch.tensor(float(fillValue), dtype=torch.float64, device=t.device)
    out = _sample(t.to(torch.float64), _map_coord(in_y, h, fillMode),
                  _map_coord(in_x, w, fillMode), interpolation, fill)
    out = torch.where((k == 0)[..., None], fill, out)
    return out.to(torch.float32)


def _check_transform(t, tr, output_shape):
    if t.ndim != 4:
        raise TFJSValueError(f"Error in transform: image must be rank 4,but got rank "
                             f"{t.ndim}.")
    if not (tr.ndim == 2 and tr.shape[0] in (t.shape[0], 1) and tr.shape[1] == 8):
        raise TFJSValueError("Error in transform: Input transform should be batch x 8 or "
                             "1 x 8")
    if output_shape is not None and len(output_shape) != 2:
        raise TFJSValueError(f"Error in transform: outputShape must be [height, width] or "
                             f"null, but got {js_list(output_shape)}.")
