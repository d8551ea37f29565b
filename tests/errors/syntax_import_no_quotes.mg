// checks: an import path without quotes
package main

import fmt

func main() {
}
