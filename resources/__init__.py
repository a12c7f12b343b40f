"""Icons and other data files, installed as the package ``mediadesk.resources``."""
