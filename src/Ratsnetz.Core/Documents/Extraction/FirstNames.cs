namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Common given names in German municipalities (German and the larger immigrant communities). Used only where a
/// text gives no other hint which word of a name is the surname: splitting names run together on one line, and
/// reducing a speaker to the surname the contract asks for. A name missing here falls back to the old behaviour.
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Names = new(
        """
        Aaron Abdul Abdullah Adam Adem Adnan Adrian Agnes Ahmad Ahmed Ahmet Aisha Ajla Alain Alan Albert Aleksandra Alex
        Alexander Alexandra Alfred Ali Alice Alina Alois Amir Amira Ana Andre André Andrea Andreas Andrej Andrzej Angela Angelika
        Anita Anja Anke Ann Anna Anne Annette Anni Antje Anton Antonia Antonio Armin Arne Arno Artur Aslan Astrid Aydin Aygül
        Ayhan Ayla Aylin Ayse Ayşe Aysun Aziz Babette Barbara Bärbel Bastian Beate Ben Benedikt Benjamin Bernd Bernhard Berta
        Bertram Bettina Bianca Birgit Björn Bodo Boris Brigitte Bruno Bülent Burak Burkhard Can Carl Carla Carmen Carola Carolin
        Caroline Carsten Cem Cemal Christa Christian Christiane Christina Christine Christoph Christopher Claudia Claus Cornelia
        Cengiz Dagmar Daniel Daniela Dariusz David Deniz Dennis Derya Detlef Diana Dieter Dietmar Dietrich Dimitrios Dirk Doris
        Dorothea Dragan Ebru Eckhard Edith Eduard Egon Ekrem Elena Elif Elisabeth Elke Ellen Elmar Emil Emily Emine Emre Engin
        Enrico Erhard Erich Erik Erika Ernst Ertan Erwin Esra Eva Evelyn Fabian Fadime Faruk Fatih Fatima Fatma Felix Ferdinand
        Filiz Florian Frank Franz Franziska Frauke Frida Frieda Friedhelm Friedrich Fritz Funda Gabriele Georg Georgios Gerd
        Gerda Gerhard Gerlinde Gernot Gertrud Gisela Giuseppe Gökhan Gudrun Günter Günther Gustav Hakan Hamid Hannah Hanna Hannelore
        Hans Harald Hasan Hassan Heike Heiko Heinrich Heinz Helga Helmut Hendrik Henning Herbert Hermann Hildegard Holger Horst
        Hubert Hülya Hüseyin Ibrahim Ilse Ina Ines Inge Ingeborg Ingo Ingrid Irene Iris Irina Irmgard Isabel Ismail Ivan Jakob
        Jan Jana Janina Jannik Jens Jessica Joachim Johann Johanna Johannes Jonas Jörg Josef Julia Julian Juliane Jürgen Jutta
        Kai Kamil Karin Karl Karsten Katarina Katharina Kathrin Katja Kemal Kerstin Kevin Klaus Konrad Konstantin Kristina Kurt
        Lara Larissa Lars Laura Lea Lena Leon Leonid Levent Lina Lisa Lothar Luca Ludger Ludwig Luisa Lukas Lutz Magdalena Mahmut
        Maik Manfred Manuel Manuela Marc Marcel Marco Marcus Margarete Margret Maria Marie Marina Mario Marion Mark Marko Markus
        Marlene Martin Martina Mathias Matthias Max Maximilian Mehmet Melanie Melek Melike Melissa Merve Michael Michaela Michel
        Mike Mirko Mohamed Mohammad Mohammed Monika Murat Mustafa Nadine Nadja Natalia Natalie Nicole Niklas Nikolai Nikolaos
        Nils Nina Norbert Nurcan Olaf Oliver Olga Omar Oskar Otto Özlem Pascal Patricia Patrick Paul Paula Peter Petra Philipp
        Pia Rafet Rainer Ralf Ralph Ramona Rebecca Regina Reinhard Reinhold Renate René Rita Robert Roland Rolf Roman Rosemarie
        Rüdiger Rudolf Ruth Ruthild Sabine Sabrina Sadik Sandra Sara Sarah Sascha Sebastian Selin Semra Serap Sergej Sevgi Sevinc
        Sibel Siegfried Silke Simon Simone Sofia Sonja Stefan Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Sylvia Tamara
        Tanja Tarik Thomas Thorsten Tim Timo Tobias Tom Torsten Udo Ulrich Ulrike Ursula Ute Uwe Valentina Vanessa Veronika
        Viktor Volker Walter Waltraud Werner Wilhelm Willi Wolfgang Yasemin Yusuf Zeynep Zoran
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string token) =>
        token.Trim(',', '.').Split('-').All(part => part.Length > 1 && Names.Contains(part));
}
