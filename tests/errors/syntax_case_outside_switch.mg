// checks: a case clause outside switch or select
package main

func main() {
	case 1:
}
