class Stop(Exception):
    pass


print("raising")
raise Stop
