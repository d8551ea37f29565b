// checks: a byte order mark is only allowed at the start of the file
package main

var y﻿ = 1

func main() {
}
