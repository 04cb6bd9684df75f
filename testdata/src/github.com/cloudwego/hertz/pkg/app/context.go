// Package app is a stub of github.com/cloudwego/hertz/pkg/app for statuslint
// tests: only the signatures the tests need, copied from hertz v0.10.4.
// Bodies panic.
package app

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/common/errors"
	"github.com/cloudwego/hertz/pkg/protocol"
)

// HandlerFunc is a hertz handler.
type HandlerFunc func(c context.Context, ctx *RequestContext)

// RequestContext carries one request and its response.
type RequestContext struct {
	Request  protocol.Request
	Response protocol.Response
}

// WriteString appends s to the body.
func (ctx *RequestContext) WriteString(s string) (int, error) { panic("stub") }

// String writes a formatted string.
func (ctx *RequestContext) String(code int, format string, values ...interface{}) { panic("stub") }

// SetStatusCode sets the status.
func (ctx *RequestContext) SetStatusCode(statusCode int) { panic("stub") }

// Write appends p to the body.
func (ctx *RequestContext) Write(p []byte) (int, error) { panic("stub") }

// SetBodyString sets the body.
func (ctx *RequestContext) SetBodyString(body string) { panic("stub") }

// Next calls the next handler.
func (ctx *RequestContext) Next(c context.Context) { panic("stub") }

// Redirect redirects to uri.
func (ctx *RequestContext) Redirect(statusCode int, uri []byte) { panic("stub") }

// Param returns a path parameter.
func (ctx *RequestContext) Param(key string) string { panic("stub") }

// Abort stops the handler chain.
func (ctx *RequestContext) Abort() { panic("stub") }

// AbortWithStatus stops the chain and writes code.
func (ctx *RequestContext) AbortWithStatus(code int) { panic("stub") }

// AbortWithMsg stops the chain and writes msg with statusCode.
func (ctx *RequestContext) AbortWithMsg(msg string, statusCode int) { panic("stub") }

// AbortWithStatusJSON stops the chain and writes code and jsonObj.
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{}) { panic("stub") }

// Render writes code and the rendered body.
func (ctx *RequestContext) Render(code int, r render.Render) { panic("stub") }

// ProtoBuf writes obj as protobuf.
func (ctx *RequestContext) ProtoBuf(code int, obj interface{}) { panic("stub") }

// JSON writes obj as JSON.
func (ctx *RequestContext) JSON(code int, obj interface{}) { panic("stub") }

// PureJSON writes obj as JSON without HTML escaping.
func (ctx *RequestContext) PureJSON(code int, obj interface{}) { panic("stub") }

// IndentedJSON writes obj as indented JSON.
func (ctx *RequestContext) IndentedJSON(code int, obj interface{}) { panic("stub") }

// HTML renders the template name.
func (ctx *RequestContext) HTML(code int, name string, obj interface{}) { panic("stub") }

// Data writes raw bytes.
func (ctx *RequestContext) Data(code int, contentType string, data []byte) { panic("stub") }

// XML writes obj as XML.
func (ctx *RequestContext) XML(code int, obj interface{}) { panic("stub") }

// AbortWithError stops the chain, writes code and records err.
func (ctx *RequestContext) AbortWithError(code int, err error) *errors.Error { panic("stub") }

// Error records err on the context.
func (ctx *RequestContext) Error(err error) *errors.Error { panic("stub") }

// Status sets the status.
func (ctx *RequestContext) Status(code int) { panic("stub") }
