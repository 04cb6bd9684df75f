package imports

// The file imports nothing; the writer's type comes from another file.
func (s *server) noImport() {
	s.w.WriteHeader(403) // want `raw status 403 Forbidden: use http.StatusForbidden`
}
