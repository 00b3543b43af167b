"""Demo corpus generator, labelled data, gazetteers and vocabularies."""
