"""Bundle layer: a map's folder form and .kartbundle files — manifest, read, write, validate."""
