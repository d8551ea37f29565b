// environment variables: Getenv, LookupEnv (set, empty, unset), Setenv errors, Unsetenv, Environ, ExpandEnv and Expand edge cases
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GREETING"))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("UNSET")
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println(os.Setenv("NEW_VAR", "42"))
	fmt.Println(os.Getenv("NEW_VAR"))
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Unsetenv("GREETING"))
	_, ok = os.LookupEnv("GREETING")
	fmt.Println(ok)

	env := os.Environ()
	sort.Strings(env)
	fmt.Println(strings.Join(env, ";"))

	fmt.Println(os.ExpandEnv("$NAME is ${NAME}; new=$NEW_VAR, unset=[$UNSET] $ end $"))
	mapping := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"$a$b", "${a}x", "$$", "$1x", "${}", "${x", "$@", "${*}", "a$", "$-", "${a b}", "$_u9!"} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, mapping))
	}
}
