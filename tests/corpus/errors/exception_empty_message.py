print("an empty message prints the bare class name")
raise ValueError("")
