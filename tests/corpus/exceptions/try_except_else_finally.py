def run(divisor):
    print(f"run({divisor!r})")
    try:
        result = 10 / divisor
        print("  computed", result)
    except ZeroDivisionError as e:
        print("  except:", e)
    except TypeError as e:
        print("  type error:", e)
    else:
        print("  else: no exception")
    finally:
        print("  finally")


run(4)
run(0)
run("x")
