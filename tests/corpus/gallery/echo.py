# send() delivers a value into the paused generator: it becomes the
# value of the yield expression. The generator answers with its next yield.
def echo():
    reply = None
    while True:
        received = yield reply
        reply = "echo: " + received


talker = echo()
next(talker)  # run to the first yield before sending
print(talker.send("hello"))
print(talker.send("anyone there?"))
talker.close()
