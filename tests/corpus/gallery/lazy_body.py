# Calling a generator function runs none of its body: it only creates
# the generator. The body starts at the first next().
def greeter():
    print("body starts")
    yield "hello"
    print("body resumes")
    yield "goodbye"


gen = greeter()
print("generator created, nothing printed by it yet")
print(next(gen))
print(next(gen))
