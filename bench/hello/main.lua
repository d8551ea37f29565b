-- hello: hello world, for startup time (counterpart of main.mg)
print("Hello, world!")
