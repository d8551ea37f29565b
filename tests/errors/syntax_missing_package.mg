// checks: a file without a package clause
func main() {
}
