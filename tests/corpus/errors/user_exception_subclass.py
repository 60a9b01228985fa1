class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} was not found")


try:
    raise NotFound("config")
except AppError as e:
    print("caught once:", e)
raise NotFound("data file")
