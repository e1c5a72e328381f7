"""tf.data: datasets that stream elements into ``model.fitDataset`` (TF.js tfjs-data).

``tfjs_compat.tf.data`` is a namespace built from :data:`PUBLIC`.
"""
from .csv_dataset import CSVDataset as CSVDataset, csv as csv
from .dataset import Dataset as Dataset
from .sources import array as array, func as func, generator as generator
from .sources import microphone as microphone, webcam as webcam, zip as zip  # noqa: A004

PUBLIC = ("array", "csv", "func", "generator", "microphone", "webcam", "zip", "Dataset",
          "CSVDataset")
