print("never printed")
class = "reserved"
