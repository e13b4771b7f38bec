"""The `__init__` of every frozen_dataclass class, by its number of fields.

`frozen_dataclass` gives a class with n fields the code of `init_<n>` with the class's field
names put in place of `field_0`, `field_1`, ... (`CodeType.replace`), so no method is compiled
while mineres loads: compiling one per class cost ~0.1 ms each, ~1.5 ms of a command's start.
Written out here, they are compiled once, into Python's bytecode cache. A class with more
fields than these gets its code compiled (`mineres.frozen.init_code`).
"""

from typing import Any

SET = object.__setattr__  # past the frozen guard, as dataclass's own __init__ sets fields


def init_0(self: Any) -> None:
    pass


def init_1(self: Any, field_0: Any) -> None:
    SET(self, "field_0", field_0)


def init_2(self: Any, field_0: Any, field_1: Any) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)


def init_3(self: Any, field_0: Any, field_1: Any, field_2: Any) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)


def init_4(self: Any, field_0: Any, field_1: Any, field_2: Any, field_3: Any) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)


def init_5(self: Any, field_0: Any, field_1: Any, field_2: Any, field_3: Any, field_4: Any) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)


def init_6(
    self: Any, field_0: Any, field_1: Any, field_2: Any, field_3: Any, field_4: Any, field_5: Any
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)


def init_7(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)


def init_8(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)


def init_9(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)


def init_10(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)


def init_11(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)


def init_12(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
    field_11: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)
    SET(self, "field_11", field_11)


def init_13(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
    field_11: Any,
    field_12: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)
    SET(self, "field_11", field_11)
    SET(self, "field_12", field_12)


def init_14(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
    field_11: Any,
    field_12: Any,
    field_13: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)
    SET(self, "field_11", field_11)
    SET(self, "field_12", field_12)
    SET(self, "field_13", field_13)


def init_15(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
    field_11: Any,
    field_12: Any,
    field_13: Any,
    field_14: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)
    SET(self, "field_11", field_11)
    SET(self, "field_12", field_12)
    SET(self, "field_13", field_13)
    SET(self, "field_14", field_14)


def init_16(
    self: Any,
    field_0: Any,
    field_1: Any,
    field_2: Any,
    field_3: Any,
    field_4: Any,
    field_5: Any,
    field_6: Any,
    field_7: Any,
    field_8: Any,
    field_9: Any,
    field_10: Any,
    field_11: Any,
    field_12: Any,
    field_13: Any,
    field_14: Any,
    field_15: Any,
) -> None:
    SET(self, "field_0", field_0)
    SET(self, "field_1", field_1)
    SET(self, "field_2", field_2)
    SET(self, "field_3", field_3)
    SET(self, "field_4", field_4)
    SET(self, "field_5", field_5)
    SET(self, "field_6", field_6)
    SET(self, "field_7", field_7)
    SET(self, "field_8", field_8)
    SET(self, "field_9", field_9)
    SET(self, "field_10", field_10)
    SET(self, "field_11", field_11)
    SET(self, "field_12", field_12)
    SET(self, "field_13", field_13)
    SET(self, "field_14", field_14)
    SET(self, "field_15", field_15)
