"""Bundle layer: the plain-text folder form of a map and the zipped bundles built on it."""
