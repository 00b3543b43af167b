"""Domain exceptions. Each message names the file, what is wrong and what to do."""


class WorkbenchError(Exception):
    """Base class: the CLI and pages turn these into messages for people."""


class ExtractionError(WorkbenchError):
    """A file could not be turned into text."""


class UnsupportedFormat(ExtractionError):
    pass


class EncryptedDocument(ExtractionError):
    pass


class CorruptDocument(ExtractionError):
    pass


class ScannedDocument(ExtractionError):
    pass


class EmptyDocument(ExtractionError):
    pass


class TooLarge(ExtractionError):
    pass


class UnsafeArchive(ExtractionError):
    pass


class NotFound(WorkbenchError):
    """A call, report or submission named by the user does not exist."""


class ConflictError(WorkbenchError):
    """A save was refused because someone else changed the record first."""

    def __init__(self, message, current=None):
        super().__init__(message)
        self.current = current or {}
