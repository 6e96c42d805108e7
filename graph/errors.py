"""The one exception type users see: a problem with their input, said in one line."""


class UserError(Exception):
    """Bad input (a file, a name, a query). The message says what is wrong and how to fix it.

    The CLI prints it as one line and exits non-zero; the API turns it into a 4xx.
    """


class NotFound(UserError):
    """A name or id that resolves to nothing; ``suggestions`` holds close matches."""

    def __init__(self, message: str, *, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []
