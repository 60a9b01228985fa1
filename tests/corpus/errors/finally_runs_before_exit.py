def cleanup_demo():
    try:
        print("working")
        raise RuntimeError("failure inside try")
    finally:
        print("finally still runs")


cleanup_demo()
