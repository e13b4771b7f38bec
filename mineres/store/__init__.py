"""Where mineres keeps things on disk: XDG folders, the configuration, data files, the cache."""
