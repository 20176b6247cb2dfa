from helper import square

print(square(int(input())))
