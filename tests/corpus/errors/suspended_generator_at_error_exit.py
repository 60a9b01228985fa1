def resource():
    try:
        yield "opened"
    finally:
        print("resource released at exit")


r = resource()
print(next(r))
missing_function()
