"""Ralph's filesystem LRS backend, writing by appending to its statements file.

The stock backend (ralph.backends.lrs.fs, ralph-malph 5.1.0) inherits the "create" write
operation of the fs data backend, which refuses to write to a file that exists: the first POST
that stores statements creates fs_lrs.jsonl and every later one fails with HTTP 500. Reading,
filtering and duplicate checks are the stock backend's, unchanged.
"""

from pydantic_settings import SettingsConfigDict

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend, FSLRSBackendSettings
from ralph.conf import BASE_SETTINGS_CONFIG


class AppendingFSLRSBackendSettings(FSLRSBackendSettings):
    """The fs LRS backend's settings, read from RALPH_BACKENDS__LRS__FSAPPEND__*."""

    model_config = {
        **BASE_SETTINGS_CONFIG,
        **SettingsConfigDict(env_prefix="RALPH_BACKENDS__LRS__FSAPPEND__"),
    }


class AppendingFSLRSBackend(FSLRSBackend):
    """The fs LRS backend, appending."""

    name = "fsappend"
    default_operation_type = BaseOperationType.APPEND


AppendingFSLRSBackend.settings_class = AppendingFSLRSBackendSettings
