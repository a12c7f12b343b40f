"""The command line: arguments and the read-only job listing."""
