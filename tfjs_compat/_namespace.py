"""Nested namespaces of the tf object (``tf.linalg``, ``tf.image``, ``tf.losses`` ...)."""


class Namespace:
    """A read-only bag of functions shown as ``tf.<name>``."""

    def __init__(self, name, **members):
        self.__dict__.update(members)
        self.__dict__["__name__"] = name

    def __setattr__(self, key, value):
        raise AttributeError(f"{self.__name__} is read-only")

    def __dir__(self):
        return sorted(k for k in self.__dict__ if not k.startswith("__"))

    def __repr__(self):
        return f"<namespace {self.__name__}: {', '.join(dir(self))}>"
