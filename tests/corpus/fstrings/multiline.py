first = "Ada"
last = "Lovelace"
born = 1815
message = (
    f"Name: {first} {last}\n"
    f"Born: {born}\n"
    f"Age at 1843: {1843 - born}"
)
print(message)
long_line = f"{first}" \
    f" {last}"
print(long_line)
print(f"tab\t{first}\tend")
print(f'{"double inside single"}')
