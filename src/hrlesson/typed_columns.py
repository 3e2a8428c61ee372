"""Table columns built straight into their final dtype (no inference, no astype).

The tables (quotes, figures, markers) are built column by column from row tuples; these
helpers give the same arrays as ``pandas.array(values, dtype=...)`` in a fraction of the
time, which matters when every article builds several small tables.

>>> nullable_ints([3, None]).tolist()
[3, <NA>]
>>> nullable_floats([2.5, None, float("nan")]).tolist()
[2.5, <NA>, <NA>]
>>> ints([1, 2]).dtype, bools([True, False]).dtype
(dtype('int64'), dtype('bool'))
>>> import pandas
>>> texts(["Minsk", None], text_dtype()).dtype == pandas.Series(["Minsk", None]).dtype
True

:func:`frame` puts such columns together as the frame ``pandas.DataFrame(columns)`` gives,
without pandas checking and converting every column again:

>>> columns = {"start": ints([3, 9]), "speaker": texts(["Minsk", None], text_dtype()),
...            "event_id": [1, None], "fact_id": [None, None]}
>>> frame(columns).equals(pandas.DataFrame(columns))
True
>>> frame(columns).dtypes.astype(str).tolist() == pandas.DataFrame(columns).dtypes.astype(str).tolist()
True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["bools", "frame", "ints", "nullable_floats", "nullable_ints", "text_dtype", "texts"]


def ints(values: Sequence[int]):
    """A numpy ``int64`` array (every value is an int)."""
    import numpy as np

    return np.fromiter(values, dtype="int64", count=len(values))


def bools(values: Sequence[bool]):
    """A numpy ``bool`` array."""
    import numpy as np

    return np.fromiter(values, dtype=bool, count=len(values))


def nullable_ints(values: Sequence[int | None]):
    """An ``Int64`` array; None is missing (``pandas.array(values, dtype="Int64")``)."""
    import numpy as np
    import pandas as pd

    n = len(values)
    mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
    data = np.fromiter((0 if v is None else v for v in values), dtype="int64", count=n)
    return pd.arrays.IntegerArray(data, mask)


def nullable_floats(values: Sequence[float | None]):
    """A ``Float64`` array; None and NaN are missing (``pandas.array(values, dtype="Float64")``)."""
    import numpy as np
    import pandas as pd

    n = len(values)
    data = np.fromiter((np.nan if v is None else v for v in values), dtype="float64", count=n)
    mask = np.isnan(data)
    data[mask] = 0.0
    return pd.arrays.FloatingArray(data, mask)


@lru_cache(maxsize=1)
def text_dtype() -> Any:
    """The dtype pandas gives a column of text (its ``str`` dtype), or None when pandas
    keeps text as ``object``; asked of pandas once per process (pandas 3 always infers
    ``str``: the option that turned it off is deprecated)."""
    import pandas as pd

    dtype = pd.Series(["text"]).dtype
    return dtype if isinstance(dtype, pd.StringDtype) else None


def texts(values: Sequence[Any], dtype: Any):
    """A column pandas would infer as text (str values, None missing, at least one str),
    built in ``dtype`` (:func:`text_dtype`) without inference; any other column (numbers,
    None only, mixed) is returned as a list, for pandas to infer as it would."""
    kinds = set(map(type, values))
    if dtype is None or str not in kinds or not kinds <= _TEXT_TYPES:
        return list(values)
    return _array_type(dtype)(values, dtype)


_TEXT_TYPES = frozenset([str, type(None)])


def _array_type(dtype: Any) -> Any:
    """How a column of ``dtype`` is built from str and None values (asked of pandas once
    per dtype object: kept beside the dtype it came from and found by identity, as hashing
    pandas' ``StringDtype`` costs more than a small column)."""
    kept = _ARRAY_TYPE
    if kept and kept[0] is dtype:
        return kept[1]
    kept[:] = [dtype, _text_builder(dtype)]
    return kept[1]


_ARRAY_TYPE: list[Any] = []  # [dtype, its builder]: the last dtype asked


def _text_builder(dtype: Any) -> Any:
    """``cls._from_sequence(values, dtype=dtype)`` for the array class of ``dtype``; for
    pandas' python-backed ``StringArray`` the array it builds made directly: an ``object``
    ndarray of the strings with None as the dtype's missing value, wrapped without the
    checks and conversions ``_from_sequence`` runs again on each value (every value here is
    a str or None). A pandas without that layout gets ``_from_sequence``."""
    import numpy as np
    import pandas as pd

    cls = dtype.construct_array_type()
    try:
        from pandas._libs.arrays import NDArrayBacked
    except ImportError:  # pragma: no cover - another pandas layout
        NDArrayBacked = None
    if (
        NDArrayBacked is None
        or cls is not pd.arrays.StringArray
        or getattr(dtype, "storage", None) != "python"
        or not issubclass(cls, NDArrayBacked)
    ):
        return lambda values, dtype: cls._from_sequence(values, dtype=dtype)
    missing = dtype.na_value
    init = NDArrayBacked.__init__

    def build(values, dtype):
        array = cls.__new__(cls)
        init(array, np.array([missing if v is None else v for v in values], dtype=object), dtype)
        return array

    return build


def frame(columns: dict[str, Any]):
    """``pandas.DataFrame(columns)`` for columns of one length built by this module (a list
    is typed as pandas types it, by the same inference), the arrays taken as they are.

    The public constructor checks and converts each column again, which costs more than
    building it when a table has twenty columns and a few rows; ``DataFrame._from_arrays``
    with ``verify_integrity=False`` (pandas 2 and 3) skips that. A pandas without it, or
    with another signature, gets the public constructor. The doctests above check that both give the same frame.
    """
    import pandas as pd

    build = getattr(pd.DataFrame, "_from_arrays", None)
    if build is None or not columns:
        return pd.DataFrame(columns, copy=False)
    arrays = [_inferred(v) if isinstance(v, list) else v for v in columns.values()]
    index = pd.RangeIndex(len(arrays[0]))
    try:
        names = _column_index(tuple(columns)).copy()  # a frame's own Index: renaming stays there
        return build(arrays, columns=names, index=index, verify_integrity=False)
    except TypeError:  # a pandas whose private signature changed: the public way
        return pd.DataFrame(columns, copy=False)


@lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> Any:
    """``pandas.Index(names)``, built once per table layout: inferring the dtype of the
    names costs more than a small table's data. Callers take a copy, never this Index."""
    import pandas as pd

    return pd.Index(list(names))


def _inferred(values: list) -> Any:
    """The array pandas makes of a list column: ``object`` for a column of None only (an
    empty cell of every row), else what ``pandas.Series`` infers."""
    import numpy as np
    import pandas as pd

    if all(v is None for v in values):
        return np.array(values, dtype=object)
    if _small_ints(values):  # ids with gaps: float64 with NaN, as pandas infers them
        if None in values:
            return np.fromiter((np.nan if v is None else v for v in values), "float64")
        return np.fromiter(values, "int64", count=len(values))
    return pd.Series(values, copy=False).array


def _small_ints(values: list) -> bool:
    """Every value an int (not a bool) or None, each exact as a float."""
    return set(map(type, values)) <= _INT_TYPES and all(
        v is None or -(2**53) < v < 2**53 for v in values
    )


_INT_TYPES = frozenset([int, type(None)])
