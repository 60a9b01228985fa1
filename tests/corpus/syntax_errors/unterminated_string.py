print("never printed")
message = "unfinished
