module github.com/statuslint/statuslint

go 1.25.0

require (
	github.com/golangci/plugin-module-register v0.1.2 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/tools v0.47.1-0.20260707181000-a299dadba899 // indirect
)
