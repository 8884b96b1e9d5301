"""The one exception type that the command line turns into a one-line message and exit 2."""

from __future__ import annotations


class InputError(Exception):
    """A problem with the user's input: missing, unreadable, wrong encoding, empty, too large.

    The message is a single line meant for the analyst; the command line prints it as
    ``indicators: <message>`` on standard error and exits with status 2.

    Examples
    --------
    >>> str(InputError("report.txt: 文件为空"))
    'report.txt: 文件为空'
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))
