module github.com/vetted/vetted

go 1.26.0

require (
	github.com/andybalholm/cascadia v1.3.5
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.62.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
