module example.com/layers

go 1.25

require github.com/labstack/echo/v4 v4.16.0

replace github.com/labstack/echo/v4 => ./third_party/echo
