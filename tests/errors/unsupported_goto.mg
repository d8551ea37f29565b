// checks: goto is outside the subset
package main

func main() {
	goto end
end:
}
