// Package imports holds fixes that must import the package of the named
// code: this file imports it, the others do not.
package imports

import "errorcode/codes"

var general = codes.General
