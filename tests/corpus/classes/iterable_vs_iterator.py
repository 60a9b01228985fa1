class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIterator(self.cards)


class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.cards):
            raise StopIteration
        card = self.cards[self.index]
        self.index += 1
        return card


deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck))
pairs = [(x, y) for x in deck for y in deck if x != y]
print(pairs)
it = iter(deck)
print(next(it), list(it), list(it))
print(iter(it) is it)


class GenDeck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for card in self.cards:
            yield card.lower()


print(list(GenDeck(["A", "B"])), list(zip(GenDeck("XY"), deck)))
