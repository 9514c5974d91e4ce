"""Indian indirect tax: GST rates and GSTINs."""
