word = "gen"
print(word[-3])
print(word[3])
